package fi.palvelupiste.kiosk.forms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Forms and information sheets the hub shares with every site (DESIGN.md §8). On the hub: the copy of a form, its
 * published version. On a kiosk: applying copies, in the sync's transaction; a copy is read-only here, and its
 * version becomes the one residents print (the one printed before is kept as retired). The migrations' seed forms
 * are on every node under the same public ids: the hub's version replaces the kiosk's.
 */
@Service
public class SharedForms {

    /** Who "edited" a version that came down, in the versions list. */
    static final String FROM_HUB = "hub";

    private final FormRepository forms;
    private final Clock clock;

    SharedForms(FormRepository forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    /** The form as kiosks get it; empty while it has no published version. */
    @Transactional(readOnly = true)
    public Optional<FormCopy> copyOf(java.util.UUID formPublicId) {
        return forms.form(formPublicId).filter(form -> form.publishedVersionId() != null)
                .flatMap(form -> forms.version(form.publishedVersionId()).map(version -> new FormCopy(
                        form.publicId(), form.siteId(), form.code(), form.sortOrder(), version.publicId(),
                        version.texts(), version.publishedAt(), version.printWithFinnish())));
    }

    /** Applies the hub's forms: each is stored or changed, and its version published here. */
    @Transactional
    public void apply(List<FormCopy> copies) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (FormCopy copy : copies) {
            long formId = forms.form(copy.publicId()).map(Form::id).orElseGet(() -> forms.insertForm(copy.publicId(),
                    copy.siteId(), freeCode(copy.code()), copy.sortOrder(), now));
            forms.markFromHub(formId, copy.sortOrder(), now);
            if (forms.versionByPublicId(copy.version()).isPresent()) {
                continue;
            }
            int number = forms.newestVersion(formId).map(FormVersion::number).orElse(0) + 1;
            long versionId = forms.insertVersion(copy.version(), copy.siteId(), formId, number,
                    new FormContent(copy.texts(), copy.printWithFinnish()), FROM_HUB, now);
            forms.publish(formId, versionId, FROM_HUB, now);
        }
    }

    /** Whether a form came from the hub, which alone changes it. */
    @Transactional(readOnly = true)
    public boolean fromHub(java.util.UUID formPublicId) {
        return forms.form(formPublicId).map(form -> forms.fromHub(form.id())).orElse(false);
    }

    private String freeCode(String code) {
        String free = code;
        for (int n = 2; forms.codeTaken(free); n++) {
            free = code + "-" + n;
        }
        return free;
    }
}
