package nl.aanwezig.cases.tasks;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open inboxes (Mijn taken, Vandaag) that a task may have arrived for their user, once the task is
 * committed, so the screen can reload its list through push without the user reloading the page. It carries no task
 * data: the screen asks {@link TaskService#inbox()} again, which decides what the user sees.
 */
@Service
public class TaskFeed {

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final CurrentUsers users;

    TaskFeed(CurrentUsers users) {
        this.users = users;
    }

    /** Subscribes the signed-in user's screen; remove it when the screen closes (detach). */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH', 'DIRECTIE')")
    public Subscription subscribe(Consumer<TaskCreated> onNew) {
        Subscriber s = new Subscriber(users.require(), Objects.requireNonNull(onNew));
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    /** Also when published outside a transaction (fallbackExecution): the task exists by then. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TaskCreated created) {
        for (Subscriber s : subscribers) {
            if (s.mayConcern(created)) {
                s.onNew().accept(created);
            }
        }
    }

    int subscribers() {
        return subscribers.size();
    }

    /** Removes a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void remove();
    }

    /**
     * Whether the task may be in the user's inbox: theirs, or offered at their school (the inbox itself decides);
     * partners (no school) hear of every task and reload a list that stays the same when it was not theirs.
     */
    private record Subscriber(CurrentUser user, Consumer<TaskCreated> onNew) {

        boolean mayConcern(TaskCreated t) {
            if (t.assignee() != null && !t.assignee().isBlank()) {
                return t.assignee().equals(user.username()) || user.schoolId() == null;
            }
            return user.schoolId() == null || user.schoolId() == t.schoolId();
        }
    }
}
