/**
 * The offline command line ({@code java -jar ictindex.jar criteria validate|score …}): checking a criteria file and
 * scoring figures collected in a spreadsheet without starting the server. Exposed so that the application's main
 * method can hand the command over before Spring starts.
 */
@NamedInterface("cli")
package vn.ictindex.criteria.cli;

import org.springframework.modulith.NamedInterface;
