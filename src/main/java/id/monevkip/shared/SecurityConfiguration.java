package id.monevkip.shared;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * URL zones per role. These are the outer wall only: every service still checks that the current
 * user may see the body it asks for (another body's data answers 404).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'self'; "
			+ "form-action 'self'; base-uri 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(zones -> zones
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**").permitAll()
			.requestMatchers("/login", "/error", "/hasil/**", "/verifikasi/**", "/invitations/**").permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
			.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/commissioner/**").hasRole(Role.COMMISSIONER.name())
			// Jurors declare their conflicts of interest on the assessors' page.
			.requestMatchers("/assessor/conflicts", "/assessor/conflicts/**")
			.hasAnyRole(Role.ASSESSOR.name(), Role.JUROR.name())
			.requestMatchers("/assessor/**").hasRole(Role.ASSESSOR.name())
			.requestMatchers("/coordinator/**").hasRole(Role.COORDINATOR.name())
			.requestMatchers("/respondent/**").hasRole(Role.RESPONDENT.name())
			.requestMatchers("/juror/**").hasRole(Role.JUROR.name())
			.requestMatchers("/bodies/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COMMISSIONER.name(), Role.COORDINATOR.name())
			.anyRequest()
			.authenticated());
		http.formLogin(login -> login.loginPage("/login")
			.failureHandler(new LoginFailureHandler())
			.successHandler(new RoleHomeSuccessHandler())
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		// Same-origin frames only: the verification screen shows sent PDFs in a frame (CSP frame-ancestors agrees).
		http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.csrf(Customizer.withDefaults());
		// htmx requests of a session that has ended answer 401, never a login page swapped into a card; the page
		// keeps the unsent answers and offers to sign in again (answer-queue.js).
		// Everything else still goes to the login page (the default must be explicit: once an entry point is
		// registered for htmx, Spring Security would otherwise fall back to it for every request).
		http.exceptionHandling(errors -> errors
			.authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
					new RequestMatcherEntry<>(HtmxSessionExpiredHandler.HTMX,
							new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
			.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
					new LinkedHashMap<>(Map.of(HtmxSessionExpiredHandler.HTMX, new HtmxSessionExpiredHandler())),
					new AccessDeniedHandlerImpl())));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
