package io.jvirt.cdi.uploadtoken.decide;

import java.time.Instant;

/** The claims of an upload token whose signature checked out; any of them may be missing (null). */
public record TokenClaims(
    String issuer,
    Instant notBefore,
    Instant expires,
    String operation,
    String name,
    String namespace,
    String resource) {}
