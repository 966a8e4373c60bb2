<?php
// Creates the end-to-end site non-interactively (what wp-admin/install.php does after its form):
// a Polish site with one editor-in-chief, pretty permalinks (so /wp-json/ works), no sample
// content. Run by scripts/e2e.sh with PHP's CLI once the site's configuration is written.
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . getenv( 'WP_PORT' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
// No mail to the new administrator: the machine has no mail transport.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( ! is_blog_installed() ) {
	$installed = wp_install( 'Regionalny Ośrodek Polityki Społecznej', 'redakcja', 'redakcja@example.pl', false, '', getenv( 'WP_ADMIN_PASSWORD' ), 'pl_PL' );
	wp_delete_post( 1, true ); // "Witaj, świecie!"
	wp_delete_post( 2, true ); // the sample page
}
update_option( 'WPLANG', 'pl_PL' );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'timezone_string', 'Europe/Warsaw' );
// The block editor's welcome guide would cover the editor on the first visit.
update_user_meta( 1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
echo 'WordPress ' . get_bloginfo( 'version' ) . ' installed at ' . home_url() . ', language ' . get_option( 'WPLANG' ) . "\n";
