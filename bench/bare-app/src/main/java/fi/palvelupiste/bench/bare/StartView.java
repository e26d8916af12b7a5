package fi.palvelupiste.bench.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One button that writes a row, so the bare app touches the same layers as a kiosk ticket. */
@Route("")
public class StartView extends VerticalLayout {

    public StartView(JdbcClient jdbc) {
        Paragraph count = new Paragraph();
        add(new Button("Take a number", click -> {
            jdbc.sql("insert into ticket(taken_at) values (current_timestamp)").update();
            count.setText(String.valueOf(jdbc.sql("select count(*) from ticket").query(Long.class).single()));
        }), count);
    }
}
