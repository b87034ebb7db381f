/** Monthly activity per establishment, care pathway and activity type, and the periods it is counted over. */
package fr.copilote.model.activity;
