package org.chanjiao.organization;

/**
 * How far a recognised project has come: approved (立项/入选), accepted (验收) or built (建成).
 */
public enum RecognitionStage {

	APPROVED, ACCEPTED, BUILT

}
