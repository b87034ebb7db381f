/**
 * What Actuator's health endpoint says beyond the database: whether the output folder is writable with room
 * left, and whether the last nightly run succeeded recently.
 */
package fr.copilote.scheduler.health;
