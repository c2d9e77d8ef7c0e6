/**
 * Mail: renders a message from its template in the reader's language, sends it (or logs it when no SMTP
 * server is configured) and keeps a record of every send.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory" })
package id.monevkip.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
