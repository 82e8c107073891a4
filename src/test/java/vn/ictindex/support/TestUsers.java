package vn.ictindex.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in users for MockMvc requests, with intention-revealing names. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor administrator() {
        return user(new CurrentUser(1, "admin", "Trần Thị Quản Trị", Role.ADMIN, null, null, true));
    }

    public static RequestPostProcessor specialistOf(long unitId) {
        return user(new CurrentUser(100 + unitId, "specialist" + unitId, "Chuyên viên " + unitId, Role.SPECIALIST,
                unitId, null, true));
    }

    public static RequestPostProcessor headOf(long unitId) {
        return user(new CurrentUser(200 + unitId, "head" + unitId, "Lãnh đạo " + unitId, Role.HEAD, unitId, null,
                true));
    }

    public static RequestPostProcessor councilMember() {
        return user(new CurrentUser(300, "council", "Thành viên Hội đồng", Role.COUNCIL, null, null, true));
    }
}
