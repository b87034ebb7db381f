package fr.copilote.scheduler.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** The pool's own wait set to {@code copilote.database.wait}, and the pool behind {@link DatabaseLossGuard}. */
    @Bean
    static BeanPostProcessor databaseLossGuard(@Value("${copilote.database.wait:30s}") Duration wait) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    pool.setConnectionTimeout(wait.toMillis());
                    return new DatabaseLossGuard(pool, withoutCredentials(pool.getJdbcUrl()), wait, Clock.systemDefaultZone());
                }
                return bean;
            }
        };
    }

    static String withoutCredentials(String url) {
        return url == null ? "?" : url.replaceAll("(?i)([?&;](password|user)=)[^&;]*", "$1…");
    }
}
