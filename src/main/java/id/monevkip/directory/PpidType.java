package id.monevkip.directory;

/**
 * The place of a body's PPID (Pejabat Pengelola Informasi dan Dokumentasi): the PPID Utama coordinates
 * the PPID Pelaksana of its OPDs; a PPID Desa serves one village.
 */
public enum PpidType {

	UTAMA, PELAKSANA, DESA

}
