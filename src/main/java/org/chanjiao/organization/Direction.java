package org.chanjiao.organization;

/**
 * Which relationships of an organisation to follow: those that start there, end there, or
 * both.
 */
public enum Direction {

	OUT, IN, BOTH

}
