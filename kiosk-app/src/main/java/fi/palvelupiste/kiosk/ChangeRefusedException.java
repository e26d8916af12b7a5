package fi.palvelupiste.kiosk;

import java.util.Optional;
import java.util.function.UnaryOperator;

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

    /** The message's arguments: the field's label (translated by {@code translate}) and its longest length. */
    public Object[] messageArguments(UnaryOperator<String> translate) {
        return refusal == null ? new Object[0]
                : new Object[]{translate.apply(refusal.fieldKey()), String.valueOf(refusal.maxLength())};
    }
}
