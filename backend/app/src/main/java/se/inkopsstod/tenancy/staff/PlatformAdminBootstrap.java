package se.inkopsstod.tenancy.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.GrantPlatformRoleCommand;
import se.inkopsstod.tenancy.directory.Directory;

import java.util.List;

/**
 * A fresh installation has no one who may register the first tenant: the e-mails in
 * PLATFORM_ADMIN_EMAILS become platform admins (once), and log in like anyone else.
 */
@Component
@Order(2)
class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final Directory directory;
    private final Commands commands;
    private final List<String> emails;

    PlatformAdminBootstrap(Directory directory, Commands commands,
                           @Value("${inkopsstod.platform-admin-emails:}") List<String> emails) {
        this.directory = directory;
        this.commands = commands;
        this.emails = emails;
    }

    @Override
    public void run(ApplicationArguments args) {
        emails.stream().map(String::strip).filter(e -> !e.isEmpty()).filter(e -> !directory.emailInUse(e)).forEach(email -> {
            commands.sendAsSystem(new GrantPlatformRoleCommand(PersonId.random(), email, email, Role.PLATFORM_ADMIN));
            log.info("Granted platform admin to {} (PLATFORM_ADMIN_EMAILS)", email);
        });
    }
}
