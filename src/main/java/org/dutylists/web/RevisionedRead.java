package org.dutylists.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read whose answer depends only on the request and the data revisions ({@link RevisionETags}): it gets an
 * ETag and Cache-Control, and a matching If-None-Match is answered 304 before any work is done.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RevisionedRead {
}
