package dev.plandoc.openapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.openapi.internal.PathTemplate.QueryParameter;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  @Test
  void bracedSegmentsArePathParameters() {
    PathTemplate t = PathTemplate.parse("/v1/albums/{albumId}/members/{userId}").orElseThrow();
    assertThat(t.key()).isEqualTo("/v1/albums/{albumId}/members/{userId}");
    assertThat(t.pathParameters()).containsExactly("albumId", "userId");
    assertThat(t.query()).isEmpty();
  }

  @Test
  void colonSegmentsBecomeBracedParameters() {
    PathTemplate t = PathTemplate.parse("/users/:id/posts/:post_id").orElseThrow();
    assertThat(t.key()).isEqualTo("/users/{id}/posts/{post_id}");
    assertThat(t.pathParameters()).containsExactly("id", "post_id");
  }

  @Test
  void theQueryStringBecomesQueryParametersAndLeavesTheKey() {
    PathTemplate t = PathTemplate.parse("/api/search?q=&source=&page=1&flag").orElseThrow();
    assertThat(t.key()).isEqualTo("/api/search");
    assertThat(t.query())
        .containsExactly(
            new QueryParameter("q", ""),
            new QueryParameter("source", ""),
            new QueryParameter("page", "1"),
            new QueryParameter("flag", ""));
  }

  @Test
  void aRepeatedQueryNameIsOneParameterAndATrailingSlashIsDropped() {
    PathTemplate t = PathTemplate.parse("/a/?tag=x&tag=y").orElseThrow();
    assertThat(t.key()).isEqualTo("/a");
    assertThat(t.query()).containsExactly(new QueryParameter("tag", "x"));
  }

  @Test
  void whatIsNotARequestPathIsRefused() {
    assertThat(PathTemplate.parse("")).isEmpty();
    assertThat(PathTemplate.parse("api/v1/x")).isEmpty();
    assertThat(PathTemplate.parse("wss://chat.example.com/rooms")).isEmpty();
    assertThat(PathTemplate.parse("/api/{리소스}")).as("a brace around no parameter name").isEmpty();
  }
}
