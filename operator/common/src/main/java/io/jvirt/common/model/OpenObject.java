package io.jvirt.common.model;

/**
 * Schema stand-in for a subtree the API server stores exactly as written, as upstream's CRDs do for
 * template metadata: use with {@code @SchemaFrom(type = OpenObject.class)}.
 */
public final class OpenObject extends Extensible {}
