package nl.aanwezig.security;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one mechanism that audits every refusal of our own code: an {@link AccessDeniedException} that leaves a
 * service or an API controller (so whether the API answers it with 403 or a screen catches it and says "geen
 * toegang") writes one REFUSED row, unless a refusal row was already written while the call ran: by the code
 * that decided (the dossier's need-to-know writes its own action), by {@link RefusalAudit} for Spring Security's
 * own role checks, or by a service further in. Before this, a service that only threw (the code list, lesson
 * hours, concern criteria, absence export of another school) answered "De poging is vastgelegd" and wrote nothing.
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    /**
     * Infrastructure role: the auto-proxy creator that method security and transactions register only applies
     * infrastructure advisors. Outermost, so it sees what method security and transactions throw. AuditLog is
     * looked up lazily: taken eagerly here, it would be created before the proxies and lose its own transaction.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalAuditingAdvisor(ObjectProvider<AuditLog> audit) {
        ComposablePointcut servicesAndControllers = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .union(new AnnotationMatchingPointcut(RestController.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(servicesAndControllers, new Auditing(audit));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class Auditing implements MethodInterceptor {

        private final ObjectProvider<AuditLog> audit;

        Auditing(ObjectProvider<AuditLog> audit) {
            this.audit = audit;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            long before = AuditLog.refusalsRecordedOnThisThread();
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                if (AuditLog.refusalsRecordedOnThisThread() == before) {
                    audit.getObject().refusedForCurrentUser(AuditLog.REFUSED, what(invocation, e));
                }
                throw e;
            }
        }

        private static String what(MethodInvocation invocation, AccessDeniedException e) {
            String method = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                method = request.getMethod() + " " + request.getRequestURI() + " " + method;
            }
            return method + ": " + e.getMessage();
        }
    }
}
