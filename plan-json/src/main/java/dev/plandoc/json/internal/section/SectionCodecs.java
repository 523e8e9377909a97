package dev.plandoc.json.internal.section;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Risks;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The codec of every section, typed for the plan's constructor and by kind for the plan-level
 * readers and writers, which go through {@link #all()} rather than name the sections one by one.
 */
public final class SectionCodecs {
  // Declared first: the constants below register themselves as they are initialised.
  private static final Map<SectionKind, SectionCodec<?>> BY_KIND = new EnumMap<>(SectionKind.class);

  /** Metadata. */
  public static final SectionCodec<Metadata> METADATA = register(new MetadataCodec());

  /** 1. Technology stack. */
  public static final SectionCodec<TechStack> TECH_STACK = register(new TechStackCodec());

  /** 2. Architecture. */
  public static final SectionCodec<Architecture> ARCHITECTURE = register(new ArchitectureCodec());

  /** 3. API design. */
  public static final SectionCodec<ApiDesign> API_DESIGN = register(new ApiDesignCodec());

  /** 4. Database schema. */
  public static final SectionCodec<DatabaseSchema> DATABASE_SCHEMA =
      register(new DatabaseSchemaCodec());

  /** 5. External services. */
  public static final SectionCodec<ExternalServices> EXTERNAL_SERVICES =
      register(new ExternalServicesCodec());

  /** 6. Security. */
  public static final SectionCodec<Security> SECURITY = register(new SecurityCodec());

  /** 7. Performance. */
  public static final SectionCodec<Performance> PERFORMANCE = register(new PerformanceCodec());

  /** 8. Error handling. */
  public static final SectionCodec<ErrorHandling> ERROR_HANDLING =
      register(new ErrorHandlingCodec());

  /** 9. Monitoring and logging. */
  public static final SectionCodec<Monitoring> MONITORING = register(new MonitoringCodec());

  /** 10. Testing strategy. */
  public static final SectionCodec<Testing> TESTING = register(new TestingCodec());

  /** 11. Deployment. */
  public static final SectionCodec<Deployment> DEPLOYMENT = register(new DeploymentCodec());

  /** 12. Cost estimate. */
  public static final SectionCodec<CostEstimate> COST_ESTIMATE = register(new CostEstimateCodec());

  /** 13. Milestones. */
  public static final SectionCodec<Milestones> MILESTONES = register(new MilestonesCodec());

  /** 14. Risks and mitigations. */
  public static final SectionCodec<Risks> RISKS = register(new RisksCodec());

  /** 15. Next steps. */
  public static final SectionCodec<NextSteps> NEXT_STEPS = register(new NextStepsCodec());

  private static final Collection<SectionCodec<?>> ALL =
      Collections.unmodifiableCollection(BY_KIND.values());

  static {
    if (BY_KIND.size() != SectionKind.values().length) {
      throw new AssertionError("a section has no codec: " + BY_KIND.keySet());
    }
  }

  private SectionCodecs() {}

  /** Every codec, in template order (the order of {@link SectionKind}). */
  public static Collection<SectionCodec<?>> all() {
    return ALL;
  }

  private static <T> SectionCodec<T> register(SectionCodec<T> codec) {
    if (BY_KIND.put(codec.kind(), codec) != null) {
      throw new AssertionError("two codecs of " + codec.kind());
    }
    return codec;
  }
}
