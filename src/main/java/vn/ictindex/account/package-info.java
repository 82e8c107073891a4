/**
 * Users, roles and sign-in. An account belongs to one unit unless it is department staff, a council member or a
 * leadership viewer. {@link vn.ictindex.account.CurrentUser} is the signed-in user that controllers receive; the
 * security configuration decides which role reaches which screen, and services check the unit on every read and write.
 */
package vn.ictindex.account;
