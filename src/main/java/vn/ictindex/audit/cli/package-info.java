/**
 * The audit command line ({@code java -jar ictindex.jar audit verify}): checks the hash chain of the audit trail in
 * the application's database without the web server. Exposed so that the application's main method can hand the
 * command over.
 */
@NamedInterface("cli")
package vn.ictindex.audit.cli;

import org.springframework.modulith.NamedInterface;
