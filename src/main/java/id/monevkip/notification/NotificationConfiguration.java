package id.monevkip.notification;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	/**
	 * Plain-text mail templates for Boot's template engine, next to its HTML resolver: this one answers only
	 * names under {@code mail/}, so page views never reach it, and pages never look for {@code .txt} files.
	 */
	@Bean
	ITemplateResolver mailTemplateResolver(@Value("${spring.thymeleaf.cache:true}") boolean cache) {
		var resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".txt");
		resolver.setResolvablePatterns(Set.of(MailRenderer.TEMPLATE_FOLDER + "*"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(cache);
		resolver.setOrder(1);
		return resolver;
	}

	/** Without {@code spring.mail.host} Boot defines no JavaMailSender, and mails go to the log. */
	@Bean
	MailDelivery mailDelivery(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
		return new MailDelivery(sender.getIfAvailable(), properties.from());
	}

}
