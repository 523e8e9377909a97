package dev.plandoc.json.internal.mapping;

/**
 * Where a model constructor's rejection belongs when it is about one property of the object being
 * built, and what to say there; see {@link DecodeContext#build(Obj, java.util.function.Supplier,
 * java.util.function.Function)}.
 *
 * @param node the property the author has to fix
 * @param message the model's message, with what helps to fix it
 */
public record Blame(Node node, String message) {}
