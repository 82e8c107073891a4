package vn.ictindex.criteria;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link CriteriaDraftsContract} on the embedded H2 database of the zero-setup default. */
@SpringBootTest
class CriteriaDraftsH2Tests extends CriteriaDraftsContract {
}
