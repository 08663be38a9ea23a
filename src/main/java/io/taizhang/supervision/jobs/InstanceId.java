package io.taizhang.supervision.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/** Names this running instance in job claims (pid@host plus a random suffix, unique per start). */
@ApplicationScoped
public class InstanceId {

    private final String id = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public String get() {
        return id;
    }
}
