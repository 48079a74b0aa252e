package ph.brainbytes.ai.retrieval;

import ph.brainbytes.curriculum.Lesson;

/** A lesson that matched a question, with its BM25 score. */
public record LessonHit(Lesson lesson, float score) {}
