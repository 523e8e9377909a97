package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.StatusCodeText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The item helpers of every list of the model ({@code withRisk(i, change)}, {@code withRiskAdded},
 * {@code withoutRisk}, {@code withRiskMoved}), called by their names, so that one table checks that
 * every list follows the one scheme. Lists of items of their own only: how kept Markdown and views
 * follow an edit is {@link KeptMarkdownUnderEditsTest}'s subject.
 */
class ItemHelpersTest {

  /**
   * One list: where it lives and how to make its owner and items.
   *
   * @param path the list's path as messages name it
   * @param item the item's name in the helpers ({@code Risk} in {@code withRiskAdded})
   * @param owner the record holding the given items in that list, everything else fixed
   * @param make the i-th distinct item
   */
  record Case(
      String path, String item, Function<List<Object>, Record> owner, IntFunction<Object> make) {
    String component() {
      return path.substring(path.indexOf('.') + 1);
    }

    Record with(Object... items) {
      return owner.apply(List.of(items));
    }

    Object a() {
      return make.apply(0);
    }

    Object b() {
      return make.apply(1);
    }

    Object c() {
      return make.apply(2);
    }

    Object d() {
      return make.apply(3);
    }

    Record abc() {
      return with(a(), b(), c());
    }

    @Override
    public String toString() {
      return path;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> items) {
    return (List<T>) (List<?>) items;
  }

  static Stream<Case> lists() {
    return Stream.of(
        new Case(
            "techStack.selected",
            "TechChoice",
            l -> new TechStackBuilder().selected(cast(l)).addAlternatives(alternative(9)).build(),
            i -> new TechChoice("영역 " + i, "기술 " + i, "이유", Map.of())),
        new Case(
            "techStack.alternatives",
            "Alternative",
            l -> new TechStackBuilder().alternatives(cast(l)).build(),
            ItemHelpersTest::alternative),
        new Case(
            "architecture.components",
            "Component",
            l -> new ArchitectureBuilder().components(cast(l)).addDataFlow(new Step("흐름")).build(),
            i -> Component.of("Component " + i, "role " + i)),
        new Case(
            "architecture.dataFlow",
            "DataFlowStep",
            l -> new ArchitectureBuilder().dataFlow(cast(l)).build(),
            i -> new Step("단계 " + i)),
        new Case(
            "apiDesign.endpoints",
            "Endpoint",
            l -> new ApiDesignBuilder().endpoints(cast(l)).build(),
            i ->
                new EndpointSpecBuilder()
                    .name("Endpoint " + i)
                    .method(HttpMethodText.of(HttpMethod.GET))
                    .path("/e/" + i)
                    .build()),
        new Case(
            "endpoint.headers",
            "Header",
            l ->
                new EndpointSpecBuilder()
                    .name("e")
                    .method(HttpMethodText.of(HttpMethod.GET))
                    .path("/e")
                    .headers(cast(l))
                    .build(),
            i -> new Header("X-Header-" + i, "v" + i)),
        new Case(
            "endpoint.responses",
            "Response",
            l ->
                new EndpointSpecBuilder()
                    .name("e")
                    .method(HttpMethodText.of(HttpMethod.GET))
                    .path("/e")
                    .responses(cast(l))
                    .build(),
            i -> new ResponseSpec("Response", StatusCodeText.of(200 + i), "{}")),
        new Case(
            "databaseSchema.tables",
            "Table",
            l -> new DatabaseSchemaBuilder().tables(cast(l)).addIndexNotes("`idx`").build(),
            i -> new TableSpec("table_" + i, "sql", "CREATE TABLE table_" + i + " ();", List.of())),
        new Case(
            "externalServices.services",
            "Service",
            l -> new ExternalServicesBuilder().services(cast(l)).build(),
            i -> new ServiceSpecBuilder().name("Service " + i).purpose("용도 " + i).build()),
        new Case(
            "errorHandling.errorClasses",
            "ErrorClass",
            l -> new ErrorHandlingBuilder().errorClasses(cast(l)).addRetryRules("3회").build(),
            i -> new ErrorClass(StatusCodeText.of(400 + i), "유형 " + i, "처리", Map.of())),
        new Case(
            "deployment.environments",
            "Environment",
            l -> new DeploymentBuilder().environments(cast(l)).addCiCd("GitHub Actions").build(),
            i -> new Environment("Env " + i, "Cloud Run")),
        new Case(
            "costEstimate.items",
            "CostItem",
            l -> new CostEstimateBuilder().items(cast(l)).build(),
            i -> new CostItem("항목 " + i, new MoneyText("$" + (10 + i)), "근거", Map.of())),
        new Case(
            "milestones.milestones",
            "Milestone",
            l -> new MilestonesBuilder().milestones(cast(l)).build(),
            i ->
                new Milestone(
                    Integer.toString(i + 1), "작업 " + i, new DurationText("1일"), Map.of())),
        new Case(
            "risks.risks",
            "Risk",
            l -> new RisksBuilder().risks(cast(l)).build(),
            i -> new RiskBuilder().title("리스크 " + i).mitigation("완화 " + i).build()),
        new Case(
            "nextSteps.steps",
            "Step",
            l -> new NextStepsBuilder().steps(cast(l)).build(),
            i -> new Step("다음 " + i)));
  }

  private static Alternative alternative(int i) {
    return new Alternative("Technology " + i, "reason " + i);
  }

  @ParameterizedTest
  @MethodSource("lists")
  void changingAnItemChangesOnlyThatItem(Case c) {
    UnaryOperator<Object> toD = old -> c.d();
    Record changed = call(c.abc(), "with" + c.item(), 1, toD);
    assertThat(changed).isEqualTo(c.with(c.a(), c.d(), c.c()));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void theChangeSeesTheItemAtTheIndex(Case c) {
    List<Object> seen = new ArrayList<>();
    UnaryOperator<Object> spy =
        old -> {
          seen.add(old);
          return old;
        };
    assertThat(call(c.abc(), "with" + c.item(), 2, spy)).isEqualTo(c.abc());
    assertThat(seen).containsExactly(c.c());
  }

  @ParameterizedTest
  @MethodSource("lists")
  void addingAnItemPutsItAfterItsSiblings(Case c) {
    assertThat(call(c.abc(), "with" + c.item() + "Added", c.d()))
        .isEqualTo(c.with(c.a(), c.b(), c.c(), c.d()));
    assertThat(call(c.with(), "with" + c.item() + "Added", c.d())).isEqualTo(c.with(c.d()));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void addingAnItemAtAnIndexPutsItThereAndTheRestAfterIt(Case c) {
    String added = "with" + c.item() + "Added";
    assertThat(call(c.abc(), added, 0, c.d())).isEqualTo(c.with(c.d(), c.a(), c.b(), c.c()));
    assertThat(call(c.abc(), added, 2, c.d())).isEqualTo(c.with(c.a(), c.b(), c.d(), c.c()));
    assertThat(call(c.abc(), added, 3, c.d())).isEqualTo(c.with(c.a(), c.b(), c.c(), c.d()));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void removingAnItemDropsOnlyThatItem(Case c) {
    assertThat(call(c.abc(), "without" + c.item(), 1)).isEqualTo(c.with(c.a(), c.c()));
    assertThat(call(c.with(c.a()), "without" + c.item(), 0)).isEqualTo(c.with());
  }

  @ParameterizedTest
  @MethodSource("lists")
  void movingAnItemPutsItAtTheTargetIndex(Case c) {
    String moved = "with" + c.item() + "Moved";
    assertThat(call(c.abc(), moved, 0, 2)).isEqualTo(c.with(c.b(), c.c(), c.a()));
    assertThat(call(c.abc(), moved, 2, 0)).isEqualTo(c.with(c.c(), c.a(), c.b()));
    assertThat(call(c.abc(), moved, 1, 1)).isEqualTo(c.abc());
  }

  @ParameterizedTest
  @MethodSource("lists")
  void indexesOutsideTheListAreRefusedNamingTheList(Case c) {
    Record abc = c.abc();
    UnaryOperator<Object> same = old -> old;
    List<Runnable> calls =
        List.of(
            () -> call(abc, "with" + c.item(), 3, same),
            () -> call(abc, "with" + c.item(), -1, same),
            () -> call(abc, "with" + c.item() + "Added", 4, c.d()),
            () -> call(abc, "with" + c.item() + "Added", -1, c.d()),
            () -> call(abc, "without" + c.item(), 3),
            () -> call(abc, "with" + c.item() + "Moved", 0, 3),
            () -> call(abc, "with" + c.item() + "Moved", 3, 0));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run)
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessageStartingWith(c.path() + ": index ");
    }
  }

  @ParameterizedTest
  @MethodSource("lists")
  void aChangeThatReturnsNullIsRefusedNamingTheItem(Case c) {
    UnaryOperator<Object> toNull = old -> null;
    assertThatThrownBy(() -> call(c.abc(), "with" + c.item(), 1, toNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(c.path() + "[1]: the change returned null");
  }

  @ParameterizedTest
  @MethodSource("lists")
  void editsLeaveTheOriginalAsItWas(Case c) {
    Record abc = c.abc();
    call(abc, "with" + c.item() + "Added", 0, c.d());
    call(abc, "without" + c.item(), 0);
    call(abc, "with" + c.item() + "Moved", 0, 2);
    call(abc, "with" + c.item(), 0, (UnaryOperator<Object>) old -> c.d());
    assertThat(abc).isEqualTo(c.abc());
    assertThat(component(abc, c.component())).isEqualTo(List.of(c.a(), c.b(), c.c()));
  }

  /** A new list in the model gets its helpers and a row in the table above. */
  @Test
  void everyListOfItemsInTheModelHasItsHelpersAndIsCheckedHere() {
    Set<String> withHelpers = new TreeSet<>();
    Set<String> itemLists = new TreeSet<>();
    for (Class<?> type : modelRecords()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        if (rc.getType() == List.class && elementType(rc).isRecord()) {
          itemLists.add(type.getSimpleName() + "." + rc.getName());
        }
      }
      for (Method m : type.getMethods()) {
        if (m.getName().endsWith("Added") && m.getParameterCount() == 2) {
          withHelpers.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    itemLists.removeIf(l -> l.endsWith(".extras") || l.equals("Plan.extraSections"));
    assertThat(itemLists).hasSize(15);
    assertThat(withHelpers).hasSameSizeAs(itemLists);
    Set<String> checked = new TreeSet<>();
    lists()
        .forEach(
            c -> checked.add(c.abc().getClass().getSimpleName() + ".with" + c.item() + "Added"));
    assertThat(checked).isEqualTo(withHelpers);
  }

  /** Every record type reachable from {@link Plan}, by its components. */
  static Set<Class<?>> modelRecords() {
    Set<Class<?>> seen = new java.util.LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(Plan.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.remove(todo.size() - 1);
      if (!type.isRecord()
          || !type.getPackageName().equals("dev.plandoc.model")
          || !seen.add(type)) {
        continue;
      }
      for (RecordComponent rc : type.getRecordComponents()) {
        todo.add(rc.getType());
        if (rc.getGenericType() instanceof ParameterizedType) {
          todo.add(elementType(rc));
        }
      }
    }
    return seen;
  }

  private static Class<?> elementType(RecordComponent rc) {
    Type[] args = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments();
    Type last = args[args.length - 1];
    return last instanceof Class<?> k ? k : Object.class;
  }

  static Object component(Record r, String name) {
    try {
      return r.getClass().getMethod(name).invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Calls the public method {@code name} that takes these arguments, unwrapping its exception. */
  static Record call(Record target, String name, Object... args) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && accepts(m, args)) {
        try {
          return (Record) m.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new AssertionError(target.getClass().getSimpleName() + " has no method " + name);
  }

  private static boolean accepts(Method m, Object[] args) {
    Class<?>[] params = m.getParameterTypes();
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      Class<?> p = params[i] == int.class ? Integer.class : params[i];
      if (params[i] == boolean.class) {
        p = Boolean.class;
      }
      if (!p.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
