package fi.palvelupiste.kiosk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * After a failed log-in, back to the log-in page; when the account is locked, the page is told until when (in the
 * session, not the address), so it can say so instead of "wrong password".
 */
public final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** Session attribute: the {@link OffsetDateTime} the account tried last is locked until. */
    public static final String LOCKED_UNTIL = "palvelupiste.login.locked-until";

    private final StaffAccounts accounts;

    LoginFailureHandler(StaffAccounts accounts, String failureUrl) {
        super(failureUrl);
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        Optional<OffsetDateTime> lockedUntil = exception instanceof LockedException
                ? accounts.lockedUntil(request.getParameter("username")) : Optional.empty();
        if (lockedUntil.isPresent()) {
            request.getSession().setAttribute(LOCKED_UNTIL, lockedUntil.get());
        } else if (request.getSession(false) != null) {
            request.getSession().removeAttribute(LOCKED_UNTIL);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
