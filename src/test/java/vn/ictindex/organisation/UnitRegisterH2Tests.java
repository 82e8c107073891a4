package vn.ictindex.organisation;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link UnitRegisterContract} on H2, the zero-setup database. */
@SpringBootTest
class UnitRegisterH2Tests extends UnitRegisterContract {
}
