<?php
/**
 * Plugin Name:       content-a11y
 * Description:       Checks posts for accessibility problems in the block editor (image descriptions, dates, headings, links, language), says how to fix each in the editor's language, and holds back publishing while a post has errors.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            content-a11y
 * License:           MIT
 * Text Domain:       content-a11y
 * Domain Path:       /languages
 *
 * @package content-a11y
 */

defined( 'ABSPATH' ) || exit;

const CONTENT_A11Y_OPTION = 'content_a11y_settings';

/** Languages content-a11y has word lists for; '' is the site's language. */
function content_a11y_languages() {
	return array(
		''   => __( 'The site language', 'content-a11y' ),
		'pl' => __( 'Polish', 'content-a11y' ),
		'en' => __( 'English', 'content-a11y' ),
		'de' => __( 'German', 'content-a11y' ),
		'fr' => __( 'French', 'content-a11y' ),
		'es' => __( 'Spanish', 'content-a11y' ),
	);
}

/** What holds back publishing: errors (the default), errors and warnings, or nothing. */
function content_a11y_block_levels() {
	return array(
		'error'   => __( 'Errors', 'content-a11y' ),
		'warning' => __( 'Errors and warnings', 'content-a11y' ),
		'never'   => __( 'Nothing (only list the findings)', 'content-a11y' ),
	);
}

/** The saved settings with defaults filled in. */
function content_a11y_settings() {
	$saved = get_option( CONTENT_A11Y_OPTION, array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'lang'     => '',
			'block_on' => 'error',
		)
	);
}

/** Keeps only values the settings page offers. */
function content_a11y_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$lang     = isset( $input['lang'] ) ? sanitize_text_field( $input['lang'] ) : '';
	$block_on = isset( $input['block_on'] ) ? sanitize_text_field( $input['block_on'] ) : 'error';
	return array(
		'lang'     => array_key_exists( $lang, content_a11y_languages() ) ? $lang : '',
		'block_on' => array_key_exists( $block_on, content_a11y_block_levels() ) ? $block_on : 'error',
	);
}

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'content-a11y', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		// The post editor only: the site and widget editors have no post to check.
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( $screen && 'post' !== $screen->base ) {
			return;
		}
		$dir   = plugin_dir_path( __FILE__ );
		$asset = $dir . 'build/editor.asset.php';
		if ( ! file_exists( $asset ) ) {
			return; // Not built: run `npm run build:wordpress` in the content-a11y repository.
		}
		$info = require $asset;
		wp_enqueue_script(
			'content-a11y-editor',
			plugins_url( 'build/editor.js', __FILE__ ),
			$info['dependencies'],
			$info['version'],
			true
		);
		wp_enqueue_style( 'content-a11y-editor', plugins_url( 'build/editor.css', __FILE__ ), array(), $info['version'] );
		wp_set_script_translations( 'content-a11y-editor', 'content-a11y', $dir . 'languages' );
		$settings = content_a11y_settings();
		$config   = array(
			// Findings and the panel speak the editor's language; the rules read the post's.
			'locale'   => get_user_locale(),
			'postLang' => '' !== $settings['lang'] ? $settings['lang'] : get_locale(),
			'blockOn'  => $settings['block_on'],
		);
		wp_add_inline_script( 'content-a11y-editor', 'window.contentA11yEditor = ' . wp_json_encode( $config ) . ';', 'before' );
	}
);

add_action(
	'admin_init',
	function () {
		register_setting(
			'content_a11y',
			CONTENT_A11Y_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'content_a11y_sanitize_settings',
				'default'           => array(
					'lang'     => '',
					'block_on' => 'error',
				),
			)
		);
		add_settings_section( 'content_a11y_main', '', '__return_false', 'content-a11y' );
		add_settings_field(
			'content_a11y_lang',
			__( 'Language of posts', 'content-a11y' ),
			'content_a11y_render_lang_field',
			'content-a11y',
			'content_a11y_main',
			array( 'label_for' => 'content_a11y_lang' )
		);
		add_settings_field(
			'content_a11y_block_on',
			__( 'Hold back publishing on', 'content-a11y' ),
			'content_a11y_render_block_field',
			'content-a11y',
			'content_a11y_main',
			array( 'label_for' => 'content_a11y_block_on' )
		);
	}
);

function content_a11y_render_lang_field() {
	$settings = content_a11y_settings();
	echo '<select id="content_a11y_lang" name="' . esc_attr( CONTENT_A11Y_OPTION ) . '[lang]">';
	foreach ( content_a11y_languages() as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $settings['lang'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'The language the checks assume when a post does not declare one (multilingual plugins such as Polylang declare it per post). Findings are shown in each editor\'s own language.', 'content-a11y' ) . '</p>';
}

function content_a11y_render_block_field() {
	$settings = content_a11y_settings();
	echo '<select id="content_a11y_block_on" name="' . esc_attr( CONTENT_A11Y_OPTION ) . '[block_on]">';
	foreach ( content_a11y_block_levels() as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $settings['block_on'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Findings of these levels keep a post from being published until they are fixed. Drafts can always be saved.', 'content-a11y' ) . '</p>';
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Accessibility checks', 'content-a11y' ),
			__( 'Accessibility checks', 'content-a11y' ),
			'manage_options',
			'content-a11y',
			'content_a11y_render_settings_page'
		);
	}
);

function content_a11y_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Accessibility checks', 'content-a11y' ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'content_a11y' );
	do_settings_sections( 'content-a11y' );
	submit_button();
	echo '</form></div>';
}

add_filter(
	'plugin_action_links_' . plugin_basename( __FILE__ ),
	function ( $links ) {
		$url = admin_url( 'options-general.php?page=content-a11y' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'content-a11y' ) . '</a>' );
		return $links;
	}
);
