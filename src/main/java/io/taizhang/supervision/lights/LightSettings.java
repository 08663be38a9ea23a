package io.taizhang.supervision.lights;

import io.taizhang.common.TaizhangConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/** The configured light settings and the fingerprint that stored thresholds are checked against. */
@ApplicationScoped
public class LightSettings {

    private final LightRules.Settings settings;
    private final ZoneId zone;

    public LightSettings(TaizhangConfig config) {
        this.settings = new LightRules.Settings(config.supervision().lights().yellowWindowDays(),
                config.supervision().lights().lagMarginPercent());
        this.zone = config.zone();
    }

    public LightRules.Settings rules() {
        return settings;
    }

    public ZoneId zone() {
        return zone;
    }

    public String fingerprint() {
        return settings.fingerprint(zone);
    }
}
