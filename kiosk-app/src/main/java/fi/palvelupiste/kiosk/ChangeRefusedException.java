package fi.palvelupiste.kiosk;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A change staff must correct before it can be saved. The message is a message key of the feature's bundle that
 * says what to fix; for a text that cannot be stored ({@link TypedText}) it is {@code <feature>.error.too-long} or
 * {@code <feature>.error.characters}, with the field's label and its longest length as the message's arguments.
 */
public class ChangeRefusedException extends RuntimeException {

    private final String messageKey;
    private final TypedText.Refusal refusal;

    protected ChangeRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
        this.refusal = null;
    }

    /** @param feature the bundle's prefix of error keys, e.g. {@code events} for {@code events.error.too-long} */
    protected ChangeRefusedException(String feature, TypedText.Refusal refusal) {
        super(feature + ".error." + refusal.messageSuffix() + " (" + refusal.fieldKey() + ")");
        this.messageKey = feature + ".error." + refusal.messageSuffix();
        this.refusal = refusal;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The refused text's field and longest length, when a text was refused. */
    public Optional<TypedText.Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The message's arguments: the field's label ("Nimi ukrainaksi" for one language of a text written in several;
     * {@code translate} takes a message key and its arguments) and its longest length.
     */
    public Object[] messageArguments(BiFunction<String, Object[], String> translate) {
        if (refusal == null) {
            return new Object[0];
        }
        String label = translate.apply(refusal.fieldKey(), new Object[0]);
        if (refusal.language() != null) {
            label = translate.apply("language.text-in." + refusal.language().code(), new Object[]{label});
        }
        return new Object[]{label, String.valueOf(refusal.maxLength())};
    }
}
