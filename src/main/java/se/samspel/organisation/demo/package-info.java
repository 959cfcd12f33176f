/**
 * The demo organisation (a fictional, Kungsör-like municipality loaded on the first start of the
 * embedded default and shared by the tests) and the generator of large organisations for
 * benchmarks. Both are built as ordinary import documents and pass the same validation as an
 * upload.
 */
package se.samspel.organisation.demo;
