package id.monevkip.directory.account;

import java.beans.PropertyEditorSupport;

/**
 * Binds text exactly as typed. Every other field is trimmed (WebAdvice), but a password must reach the
 * policy and the encoder as the user typed it, the same way the login form sends it.
 */
class AsTypedEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue(text);
	}

}
