package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.staff.StaffNotices;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame of every staff, coordinator and admin page: the site's name, a menu of the pages this person's role
 * may open (from {@code @Menu} annotations, titles are message keys), the language, who is logged in, log-out,
 * and the notices features raise for staff ({@link StaffNotices}), pushed as they appear.
 */
@PermitAll
public class StaffLayout extends AppLayout {

    private final List<StaffNotices> noticeSources;
    final Div notices = new Div();
    private final List<Runnable> subscriptions = new ArrayList<>();

    public StaffLayout(KioskProperties properties, AuthenticationContext authentication,
                       List<StaffNotices> noticeSources) {
        this.noticeSources = noticeSources;
        addClassName("staff-shell");
        Span title = new Span(getTranslation("staff.title", properties.siteName()));
        title.addClassName("staff-title");
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.setId("staff-user");
        Select<Language> language = new Select<>();
        language.setId("staff-language");
        language.setItems(Language.staffPages());
        language.setItemLabelGenerator(Language::ownName);
        language.setValue(Language.of(getLocale()));
        language.getElement().setAttribute("aria-label", getTranslation("language.nav"));
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                switchTo(change.getValue());
            }
        });
        Button logout = new Button(getTranslation("staff.logout"), click -> authentication.logout());
        logout.setId("staff-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, new Div(), language, who, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(2));
        bar.addClassName("staff-bar");
        notices.setId("staff-notices");
        notices.addClassName("staff-notices");
        notices.getElement().setAttribute("role", "status");
        Div navbar = new Div(bar, notices);
        navbar.addClassName("staff-navbar");
        addToNavbar(navbar);
        showNotices();

        SideNav menu = new SideNav();
        menu.setId("staff-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("staff.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                menu.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        noticeSources.forEach(source -> subscriptions.add(source.subscribe(() -> ui.access(this::showNotices))));
        showNotices();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }

    void showNotices() {
        notices.removeAll();
        noticeSources.stream().flatMap(source -> source.current(getLocale()).stream())
                .forEach(text -> notices.add(new Paragraph(text)));
        notices.setVisible(notices.getComponentCount() > 0);
    }

    /** Staff pages build their texts once: the page is reloaded in the chosen language, kept for the session. */
    static void switchTo(Language language) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(Language.STAFF_SESSION_ATTRIBUTE, language);
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }
}
