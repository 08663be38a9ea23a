package io.taizhang.units;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.taizhang.accounts.TokenCache;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.Page;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.units.UnitDtos.UnitCreate;
import io.taizhang.units.UnitDtos.UnitUpdate;
import io.taizhang.units.UnitDtos.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Units are reference data every role reads; only admins add, rename or deactivate them. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final TokenCache tokenCache;
    private final BusinessCalendar calendar;

    public UnitService(UnitRepository units, TokenCache tokenCache, BusinessCalendar calendar) {
        this.units = units;
        this.tokenCache = tokenCache;
        this.calendar = calendar;
    }

    public Page<UnitView> list(long afterId, Boolean active, int limit) {
        return Page.of(units.page(afterId, active, limit), limit, u -> String.valueOf(u.id)).map(UnitView::from);
    }

    public UnitView get(long id) {
        return units.findByIdOptional(id).map(UnitView::from).orElseThrow(() -> ApiException.notFound("unit " + id));
    }

    @Transactional
    public UnitView create(UnitCreate request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("unit code " + request.code() + " is taken");
        }
        Instant now = calendar.now();
        Unit unit = new Unit();
        unit.code = request.code();
        unit.nameZh = request.nameZh().strip();
        unit.nameEn = request.nameEn().strip();
        unit.kind = request.kind();
        unit.createdAt = now;
        unit.updatedAt = now;
        units.persistAndFlush(unit);
        return UnitView.from(unit);
    }

    /** A deactivated unit's liaisons lose access at once; its records stay readable to everyone else. */
    public UnitView update(long id, String ifMatch, UnitUpdate request) {
        UnitView view = QuarkusTransaction.requiringNew().call(() -> {
            Unit unit = units.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ApiException.notFound("unit " + id));
            Etags.requireMatch(ifMatch, Etags.of(unit.version));
            if (request.nameZh() != null) {
                unit.nameZh = request.nameZh().strip();
            }
            if (request.nameEn() != null) {
                unit.nameEn = request.nameEn().strip();
            }
            if (request.kind() != null) {
                unit.kind = request.kind();
            }
            if (request.active() != null) {
                unit.active = request.active();
            }
            unit.updatedAt = calendar.now();
            units.flush();
            return UnitView.from(unit);
        });
        if (!view.active()) {
            tokenCache.clear();
        }
        return view;
    }
}
