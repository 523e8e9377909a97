/** Implementation of the JSON and YAML formats: the located tree, the mapping and the mappers. */
@NullMarked
package dev.plandoc.json.internal;

import org.jspecify.annotations.NullMarked;
