package id.monevkip.shared;

import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the few exceptions every page can meet into pages inside the layout: 404 for things that do
 * not exist (or must not be revealed), 409 when someone else changed the same record first.
 */
@Slf4j
@ControllerAdvice
class WebAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound(Exception exception, HttpServletResponse response) {
		log.debug("404: {}", exception.getMessage());
		return errorPage(HttpStatus.NOT_FOUND, "error/404");
	}

	/** A hand-edited URL: a filter or id that is not even of the right type. */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, BindException.class,
			MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception exception) {
		log.debug("400: {}", exception.getMessage());
		return errorPage(HttpStatus.BAD_REQUEST, "error/400");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException exception) {
		log.info("Concurrent change refused: {}", exception.getMessage());
		return errorPage(HttpStatus.CONFLICT, "error/409");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(MaxUploadSizeExceededException exception) {
		return errorPage(HttpStatus.CONTENT_TOO_LARGE, "error/413");
	}

	private static ModelAndView errorPage(HttpStatus status, String view) {
		var page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

}
