package dev.plandoc.json.internal;

/**
 * The input limits as the implementation sees them: a copy of the public {@code ReadLimits}, so
 * that this package does not depend on the API package that depends on it.
 *
 * @param maxDocumentChars characters in a document
 * @param maxNestingDepth nested objects and arrays
 * @param maxStringLength characters in a string value
 * @param maxNumberLength characters in a number
 * @param maxNameLength characters in a property name
 * @param maxValues values in a document, counting what aliases repeat
 * @param maxYamlAliases YAML alias uses
 */
public record Limits(
    int maxDocumentChars,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    int maxValues,
    int maxYamlAliases) {}
