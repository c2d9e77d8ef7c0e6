package id.monevkip.evidence.file;

import java.io.Serializable;

/** One line of the report after an upload: the file's name and a message key with its arguments. */
public record UploadOutcome(String name, boolean ok, String messageKey, Object[] arguments) implements Serializable {

}
