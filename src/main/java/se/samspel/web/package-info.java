/**
 * The pages people use on the intranet: server-rendered Qute templates in Swedish first (English
 * available), on the same login and the same application services as the API. This package holds
 * what every page shares (session cookies, CSRF, language, navigation, error pages); each group of
 * pages lives in a sub-package named after what the reader does there.
 */
package se.samspel.web;
