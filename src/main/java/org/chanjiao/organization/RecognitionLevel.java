package org.chanjiao.organization;

/** The level of a recognition (RECOGNIZED). */
public enum RecognitionLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL

}
