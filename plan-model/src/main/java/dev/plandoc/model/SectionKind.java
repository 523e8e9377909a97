package dev.plandoc.model;

import java.util.Optional;

/**
 * The sections of a PLAN in template order, with the number the template gives them and the key
 * used for them in paths, anchors and data formats.
 *
 * <pre>{@code
 * SectionKind.API_DESIGN.number();   // 3
 * SectionKind.API_DESIGN.key();      // "apiDesign"
 * }</pre>
 */
public enum SectionKind {
  /** Metadata (unnumbered). */
  METADATA(0, "metadata"),
  /** 1. Technology stack. */
  TECH_STACK(1, "techStack"),
  /** 2. Architecture. */
  ARCHITECTURE(2, "architecture"),
  /** 3. API design. */
  API_DESIGN(3, "apiDesign"),
  /** 4. Database schema. */
  DATABASE_SCHEMA(4, "databaseSchema"),
  /** 5. External services. */
  EXTERNAL_SERVICES(5, "externalServices"),
  /** 6. Security. */
  SECURITY(6, "security"),
  /** 7. Performance. */
  PERFORMANCE(7, "performance"),
  /** 8. Error handling. */
  ERROR_HANDLING(8, "errorHandling"),
  /** 9. Monitoring and logging. */
  MONITORING(9, "monitoring"),
  /** 10. Testing strategy. */
  TESTING(10, "testing"),
  /** 11. Deployment. */
  DEPLOYMENT(11, "deployment"),
  /** 12. Cost estimate. */
  COST_ESTIMATE(12, "costEstimate"),
  /** 13. Milestones. */
  MILESTONES(13, "milestones"),
  /** 14. Risks and mitigations. */
  RISKS(14, "risks"),
  /** 15. Next steps. */
  NEXT_STEPS(15, "nextSteps");

  private final int number;
  private final String key;

  SectionKind(int number, String key) {
    this.number = number;
    this.key = key;
  }

  /** The template's number for the section; 0 for Metadata. */
  public int number() {
    return number;
  }

  /** The camelCase key: {@code techStack}, {@code apiDesign}, … */
  public String key() {
    return key;
  }

  /** Looks a section up by its key. */
  public static Optional<SectionKind> fromKey(String key) {
    for (SectionKind k : values()) {
      if (k.key.equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
