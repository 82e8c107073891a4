package vn.ictindex.criteria;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link CriteriaVersionsContract} on the embedded H2 database of the zero-setup default. */
@SpringBootTest
class CriteriaVersionsH2Tests extends CriteriaVersionsContract {
}
