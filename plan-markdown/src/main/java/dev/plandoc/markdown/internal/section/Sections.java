package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.model.SectionKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The syntax of every kind of section, by kind: what the document reader and writer dispatch to.
 * The section classes are stateless, so one registry serves every read and write.
 */
public final class Sections {
  private static final Map<SectionKind, SectionSyntax<?>> ALL = build();

  private Sections() {}

  /** The syntax of each kind of section, one for every {@link SectionKind}. */
  public static Map<SectionKind, SectionSyntax<?>> all() {
    return ALL;
  }

  private static Map<SectionKind, SectionSyntax<?>> build() {
    Map<SectionKind, SectionSyntax<?>> m = new EnumMap<>(SectionKind.class);
    for (SectionSyntax<?> s :
        List.of(
            new MetadataSection(),
            new TechStackSection(),
            new ArchitectureSection(),
            new ApiDesignSection(),
            new DatabaseSchemaSection(),
            new ExternalServicesSection(),
            new SecuritySection(),
            new PerformanceSection(),
            new ErrorHandlingSection(),
            new MonitoringSection(),
            new TestingSection(),
            new DeploymentSection(),
            new CostEstimateSection(),
            new MilestonesSection(),
            new RisksSection(),
            new NextStepsSection())) {
      if (m.put(s.kind(), s) != null) {
        throw new AssertionError("two syntaxes for " + s.kind());
      }
    }
    if (m.size() != SectionKind.values().length) {
      throw new AssertionError("sections without a syntax: " + m.keySet());
    }
    return Collections.unmodifiableMap(m);
  }
}
