package nl.aanwezig.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test of the class runs with the app's clock ({@link TestClock}) stopped at this school-zone moment, and real
 * time again after it: for files of a school year that the app, by its clock, would not take today.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ClockAt.Extension.class)
public @interface ClockAt {

    /** An ISO local date-time, e.g. {@code 2031-10-01T12:00}. */
    String value();

    /** Sets and resets the context's {@link TestClock}. */
    class Extension implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            ClockAt at = context.getRequiredTestClass().getAnnotation(ClockAt.class);
            clock(context).set(LocalDateTime.parse(at.value()));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            clock(context).reset();
        }

        private static TestClock clock(ExtensionContext context) {
            return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
        }
    }
}
