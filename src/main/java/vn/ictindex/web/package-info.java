/**
 * The shell of the web application: layout and navigation, Vietnamese-first messages with English as the second
 * language, number and date formatting, and error pages that never show a stack trace. Every other module's screens
 * render inside this layout; this module depends on none of them.
 */
package vn.ictindex.web;
