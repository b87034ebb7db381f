/** What a territory's workbook is made of, as plain records: the reports module lays it out, nothing more. */
package fr.copilote.reports.dashboard;
