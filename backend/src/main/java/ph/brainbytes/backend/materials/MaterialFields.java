package ph.brainbytes.backend.materials;

/** The describing fields of a material; in an edit, a null field is left as it was. */
record MaterialFields(String title, String summary, String subject, Integer grade, String competency, String language) {

    /** DepEd learning-competency codes such as {@code EN5G-IIa-5}, {@code M4NS-Ia-10.1} or {@code F8PT-IIIa-c-4}. */
    static final String COMPETENCY = "[A-Z][A-Za-z0-9]{1,15}(-[A-Za-z0-9.]{1,12}){1,4}";
}
