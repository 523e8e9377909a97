package dev.plandoc.bench;

import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.sql.SqlDdlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The typed view of a plan's DDL: plan-sql's parse, without its memo (every statement parsed) and
 * with it, against JSqlParser alone on the same statements (its simple mode, the one plan-sql
 * uses).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DdlBenchmark {
  private static final SqlDdlParser COLD = SqlDdlParser.withoutMemo();

  /** The schema section of a document's plan, and its DDL cut into statements. */
  @State(Scope.Benchmark)
  public static class Schema {
    DatabaseSchema schema;
    List<String> statements;

    /** Prepares the section from the document the inputs read. */
    @Setup(Level.Trial)
    public void setUp(Inputs in) {
      schema = in.plan.databaseSchema().orElse(new DatabaseSchemaBuilder().build());
      statements = statements(schema);
    }
  }

  /**
   * The statements of the tables' DDL, cut at a {@code ;} that ends a line: the DDL of the
   * benchmark documents has no such {@code ;} inside strings or comments.
   */
  static List<String> statements(DatabaseSchema schema) {
    List<String> out = new ArrayList<>();
    for (TableSpec t : schema.tables()) {
      for (String s : t.ddl().split(";\\s*(\\n|$)")) {
        if (!s.isBlank()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** plan-sql, every statement parsed: what the first read or write of a plan costs. */
  @Benchmark
  public SchemaDefinition parse(Schema s) {
    return COLD.parse(s.schema);
  }

  /** plan-sql's shared parser: the same section again, from its memo. */
  @Benchmark
  public SchemaDefinition parseRemembered(Schema s) {
    return SqlDdlParser.create().parse(s.schema);
  }

  /** Baseline: JSqlParser alone, each statement once, in its simple mode. */
  @Benchmark
  public int jsqlParser(Schema s) {
    int read = 0;
    for (String statement : s.statements) {
      try {
        CCJSqlParserUtil.newParser(statement).withAllowComplexParsing(false).Statement();
        read++;
      } catch (Exception e) {
        // a statement JSqlParser cannot read costs its attempt, as in plan-sql
      }
    }
    return read;
  }
}
