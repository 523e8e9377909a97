package dev.plandoc.openapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationIdsTest {
  private final OperationIds ids = new OperationIds();

  @Test
  void anEnglishNameGivesLowerCamelCase() {
    assertThat(ids.next("Get Notification Settings", "get", "/x"))
        .isEqualTo("getNotificationSettings");
    assertThat(ids.next("Issue upload URL", "post", "/y")).isEqualTo("issueUploadUrl");
    assertThat(ids.next("listFeatureFlags", "get", "/z")).isEqualTo("listFeatureFlags");
  }

  @Test
  void aKoreanOrMissingNameGivesTheMethodAndPathWithoutApiAndVersionSegments() {
    assertThat(ids.next("이벤트 조회", "get", "/api/v1/coupon-events/{eventId}"))
        .isEqualTo("getCouponEventsByEventId");
    assertThat(ids.next("", "delete", "/v1/albums/{albumId}/members/{userId}"))
        .isEqualTo("deleteAlbumsByAlbumIdMembersByUserId");
    assertThat(ids.next("Confluence 웹훅 수신", "post", "/hooks/confluence"))
        .as("a name partly in Korean is not used")
        .isEqualTo("postHooksConfluence");
  }

  @Test
  void aRepeatGetsANumberSoEveryIdIsUnique() {
    assertThat(ids.next("Upload", "post", "/a")).isEqualTo("upload");
    assertThat(ids.next("Upload", "post", "/b")).isEqualTo("upload2");
    assertThat(ids.next("upload", "put", "/c")).isEqualTo("upload3");
  }

  @Test
  void anIdNeverStartsWithADigitAndIsAnAsciiIdentifier() {
    String id = ids.next("2FA verify", "post", "/2fa");
    assertThat(id).isEqualTo("op2faVerify").matches("[A-Za-z][A-Za-z0-9]*");
    assertThat(ids.next("", "get", "/")).isEqualTo("get");
  }
}
